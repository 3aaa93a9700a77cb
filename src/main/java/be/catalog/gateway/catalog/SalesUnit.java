package be.catalog.gateway.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import be.catalog.gateway.i18n.LocalizedText;

@Name("Unit")
@Description("What one priced item is; `Listing.unitName` gives its name in a locale.")
public enum SalesUnit {
    PIECE(new LocalizedText("piece", "pièce", "stuk", "Stück", "件", "件")),
    BOX(new LocalizedText("box", "boîte", "doos", "Schachtel", "盒", "盒")),
    BOTTLE(new LocalizedText("bottle", "bouteille", "fles", "Flasche", "瓶", "瓶")),
    CAN(new LocalizedText("can", "canette", "blik", "Dose", "罐", "罐")),
    JAR(new LocalizedText("jar", "pot", "pot", "Glas", "罐", "罐")),
    PACK(new LocalizedText("pack", "paquet", "pak", "Packung", "包", "包")),
    KILOGRAM(new LocalizedText("kilogram", "kilogramme", "kilogram", "Kilogramm", "千克", "公斤")),
    LITRE(new LocalizedText("litre", "litre", "liter", "Liter", "升", "公升"));

    private final LocalizedText names;

    SalesUnit(LocalizedText names) {
        this.names = names;
    }

    public LocalizedText names() {
        return names;
    }
}
