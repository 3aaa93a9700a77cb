package be.catalog.gateway.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocalizedString")
@Description("A text in the locale it was served in; `locale` differs from the one asked for when the text fell back.")
public record LocalizedString(@NonNull String text, @NonNull ContentLocale locale) {
}
