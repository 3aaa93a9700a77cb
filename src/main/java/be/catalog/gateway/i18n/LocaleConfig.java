package be.catalog.gateway.i18n;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "catalog.i18n")
public interface LocaleConfig {

    /**
     * Where each locale falls back to when a text is missing, e.g. {@code catalog.i18n.fallback.ZH_TW=ZH_CN,EN}.
     * English ends every chain whether configured or not.
     */
    Map<ContentLocale, List<ContentLocale>> fallback();
}
