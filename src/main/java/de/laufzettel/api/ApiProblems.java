package de.laufzettel.api;

import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem+json, with a {@code detail} in the caller's language
 * ({@code Accept-Language}: German unless English is preferred) and never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    static Locale language(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    if (range.getRange().startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                    if (range.getRange().startsWith("de")) {
                        return Locale.GERMAN;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // an unreadable header is no preference
            }
        }
        return Locale.GERMAN;
    }

    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, args, key, language(request)));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", key.substring(key.lastIndexOf('.') + 1));
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e, HttpServletRequest request) {
        return problem(request, e.status(), e.key(), e.args());
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "api.problem.notFound");
    }

    /** A malformed ID in the path names nothing: the same 404 as an ID of another organisation. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badArgument(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return notFound(request);
        }
        return problem(request, HttpStatus.BAD_REQUEST, "api.problem.badParameter", e.getName());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "api.problem.forbidden");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "api.problem.unreadable");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.mediaType");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return problem(request, HttpStatus.METHOD_NOT_ALLOWED, "api.problem.method");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> header(MissingRequestHeaderException e, HttpServletRequest request) {
        if (e.getHeaderName().equalsIgnoreCase("If-Match")) {
            return problem(request, HttpStatus.PRECONDITION_REQUIRED, "api.problem.ifMatchRequired");
        }
        return problem(request, HttpStatus.BAD_REQUEST, "api.problem.header", e.getHeaderName());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected");
    }
}
