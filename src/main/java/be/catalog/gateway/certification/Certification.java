package be.catalog.gateway.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.i18n.LocalizedText;
import io.vertx.core.json.JsonObject;

/** A certification or label a product may carry (organic, Fairtrade, halal, Belgian Chocolate Code, ...). */
@Type("Certification")
@Description("A certification or label of a product; `name` takes a `locale`.")
public record Certification(@NonNull String code, @Ignore LocalizedText names) {

    /** Reads the JSON object that the listing query aggregates per certification. */
    public static Certification fromJson(JsonObject json) {
        return new Certification(json.getString("code"), new LocalizedText(json.getString("name_en"),
                json.getString("name_fr"), json.getString("name_nl"), json.getString("name_de"),
                json.getString("name_zh_cn"), json.getString("name_zh_tw")));
    }
}
