package be.catalog.gateway.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Unit")
@Description("What one priced item is.")
public enum SalesUnit {
    PIECE,
    BOX,
    BOTTLE,
    CAN,
    JAR,
    PACK,
    KILOGRAM,
    LITRE
}
