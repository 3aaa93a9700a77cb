package be.catalog.gateway.certification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.database.ReadPool;
import be.catalog.gateway.i18n.LocalizedText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class CertificationRepository {

    /** SQL of a JSON array of a listing's certifications, for the listing queries: {@code l} is the listing. */
    public static final String CERTIFICATIONS_OF_LISTING = """
            (SELECT coalesce(json_agg(json_build_object('code', ct.code, 'name_en', ct.name_en, 'name_fr', ct.name_fr,
                        'name_nl', ct.name_nl, 'name_de', ct.name_de, 'name_zh_cn', ct.name_zh_cn,
                        'name_zh_tw', ct.name_zh_tw) ORDER BY ct.position), '[]'::json)
               FROM listing_certification lc JOIN certification ct ON ct.code = lc.certification_code
              WHERE lc.listing_id = l.id)""";

    private final ReadPool replica;
    private final Pool primary;

    public CertificationRepository(ReadPool replica, Pool primary) {
        this.replica = replica;
        this.primary = primary;
    }

    public Uni<List<Certification>> listAll() {
        return replica.query("SELECT code, name_en, name_fr, name_nl, name_de, name_zh_cn, name_zh_tw FROM certification"
                + " ORDER BY position, code")
                .map(rows -> ResultColumns.map(rows, row -> LocalizedText.Columns.of(row, "name_"),
                        (names, row) -> new Certification(row.getString("code"), names.read(row))));
    }

    /** Those of {@code codes} that are not certifications. Checks a write's input, so it reads the primary. */
    public Uni<Set<String>> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return primary.preparedQuery("SELECT code FROM unnest($1::text[]) AS code"
                + " WHERE code NOT IN (SELECT code FROM certification)")
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> unknown = new TreeSet<>();
                    rows.forEach(row -> unknown.add(row.getString("code")));
                    return unknown;
                });
    }
}
