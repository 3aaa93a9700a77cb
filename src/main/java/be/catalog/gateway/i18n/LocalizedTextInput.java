package be.catalog.gateway.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("LocalizedTextInput")
@Description("A text in the catalog locales. Blank values count as absent.")
public class LocalizedTextInput {

    @Description("English; required where the text itself is required")
    public String en;
    public String fr;
    public String nl;
    public String de;
    @Description("Simplified Chinese")
    public String zhCn;
    @Description("Traditional Chinese")
    public String zhTw;

    public LocalizedText toText() {
        return new LocalizedText(clean(en), clean(fr), clean(nl), clean(de), clean(zhCn), clean(zhTw));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
