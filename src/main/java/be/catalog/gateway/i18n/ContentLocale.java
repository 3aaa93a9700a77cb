package be.catalog.gateway.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Locale")
@Description("A language the catalog is written in. Each falls back along a configurable chain that ends in English.")
public enum ContentLocale {
    @Description("Simplified Chinese (zh-CN)")
    ZH_CN("zh-CN"),
    @Description("Traditional Chinese (zh-TW)")
    ZH_TW("zh-TW"),
    @Description("English (en)")
    EN("en"),
    @Description("French (fr)")
    FR("fr"),
    @Description("Dutch (nl)")
    NL("nl"),
    @Description("German (de)")
    DE("de");

    private final String tag;

    ContentLocale(String tag) {
        this.tag = tag;
    }

    /** BCP 47 language tag. */
    public String tag() {
        return tag;
    }
}
