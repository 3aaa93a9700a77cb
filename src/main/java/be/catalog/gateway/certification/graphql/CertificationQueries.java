package be.catalog.gateway.certification.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import be.catalog.gateway.certification.Certification;
import be.catalog.gateway.certification.CertificationRepository;
import be.catalog.gateway.graphql.InMemoryResolver;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.i18n.ContentLocale;
import be.catalog.gateway.i18n.LocalizedString;
import be.catalog.gateway.i18n.RequestLocale;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class CertificationQueries {

    private final CertificationRepository certifications;
    private final RequestLocale requestLocale;

    public CertificationQueries(CertificationRepository certifications, RequestLocale requestLocale) {
        this.certifications = certifications;
        this.requestLocale = requestLocale;
    }

    @Query("certifications")
    @Description("Every certification and label a listing may carry.")
    public Uni<@NonNull List<@NonNull Certification>> certifications() {
        return certifications.listAll();
    }

    /** Per item, not batched: aliases with different locales must each get their own (no I/O here). */
    @Description("The name in `locale` (default: from Accept-Language), along its fallback chain.")
    @InMemoryResolver
    public Uni<@NonNull LocalizedString> name(@Source Certification certification,
            @Name("locale") ContentLocale locale) {
        return Uni.createFrom().item(requestLocale.resolve(certification.names(), locale));
    }
}
