package de.laufzettel.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in PostgreSQL, so any app node can serve any request, written back lazily by
 * {@link QuietSessionRepository}. Spring Boot's own JDBC session setup steps aside as soon as
 * another session repository exists, so the JDBC repository is imported here and given the
 * configured idle timeout ({@code spring.session.timeout}); table name and the clean-up every
 * minute keep Spring Session's defaults, which are Boot's defaults too.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${spring.session.timeout}") Duration timeout) {
        return repository -> {
            repository.setDefaultMaxInactiveInterval(timeout);
            repository.setConversionService(new SessionValues());
        };
    }

    /**
     * Spring Session's transactions ({@link SessionTransactions}): new ones, as Spring Session
     * makes its own, except for reading a session.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionTransactions(writes);
    }

    /**
     * The application's transaction template. Spring Boot makes this one only while no other
     * {@link TransactionOperations} exists, and Spring Session's above is one.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    @Primary
    QuietSessionRepository quietSessionRepository(JdbcIndexedSessionRepository sessions) {
        return new QuietSessionRepository(sessions);
    }

    /** Wraps each request, just outside Spring Session's filter, in its own session lookups. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionLookupsPerRequest(QuietSessionRepository sessions) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    jakarta.servlet.FilterChain chain) throws ServletException, IOException {
                sessions.requestStarted();
                try {
                    chain.doFilter(request, response);
                } finally {
                    sessions.requestEnded();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
