package dev.tandem.system;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
// a job that must run once across nodes takes a row of shedlock for as long as it runs (at most 30 minutes, should its
// node die holding it); jobs that serve their own node's open pages take none
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SystemConfiguration implements WebMvcConfigurer {

    private final JsonMapper json;

    SystemConfiguration(JsonMapper json) {
        this.json = json;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Lock times come from the database's clock, so nodes whose clocks differ still agree. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    /** First of all filters, so that nothing (session, security) is looked up for a body that is refused anyway. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${tandem.max-request-size}") DataSize limit,
                                                              @Value("${tandem.max-upload-size}") DataSize uploadLimit,
                                                              @Value("${tandem.quality.max-report-size}") DataSize reportLimit) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit.toBytes(), uploadLimit.toBytes(),
                reportLimit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Stylesheets, scripts, the favicon and htmx under names that carry a hash of their content, kept by browsers for a
     * year. Only their own paths are mapped (spring.web.resources.add-mappings=false): every {@code @{...}} link of a
     * page is offered to these handlers to add the hash, and under Spring Boot's catch-all {@code /**} each link to a
     * page was first searched for in every jar of the class path — a third of the time of rendering a page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        hashed(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
        hashed(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"));
        hashed(registry.addResourceHandler("/favicon*.svg").addResourceLocations("classpath:/static/"));
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    private static void hashed(ResourceHandlerRegistration registration) {
        registration.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic()).resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /**
     * Request bodies are read with control characters refused: the JSON converter is swapped in place, keeping its
     * position behind the byte and string converters. The application's own mapper is left as it is, so JSON the
     * application stored itself still reads back.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        var checked = new JacksonJsonHttpMessageConverter(json.rebuild().addModule(ControlCharacters.jsonModule()).build());
        builder.configureMessageConvertersList(converters -> converters.replaceAll(converter ->
                converter.getClass() == JacksonJsonHttpMessageConverter.class ? checked : converter));
    }

    /**
     * Puts {@link ProblemReportValve} in place of the error report valve on Tomcat's host. Unordered, this customizer
     * runs after Spring Boot's, which adds the valve it replaces.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReportValve(ApiProblems problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(problems, json));
                // without this, the host would add a plain ErrorReportValve of its own when it starts
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
