package be.catalog.gateway.category;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.i18n.LocalizedText;

/** A node of the category tree, e.g. Food &gt; Chocolate &gt; Pralines. Reference data kept by the migrations. */
@Type("Category")
@Description("A product category; categories form a tree and a filter on one includes its descendants.")
public record Category(@NonNull String code, String parentCode, @Ignore LocalizedText names) {
}
