package de.laufzettel.api;

import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.Languages;
import de.laufzettel.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
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
 * ({@code Accept-Language}: German unless English is preferred) and never a stack trace. Only for
 * the API's controllers, before the web pages' {@code ErrorPages}; the API's filters answer with
 * the same body ({@link #body}).
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The body of a problem, also for the API's filters, which answer before any controller. */
    static ProblemDetail body(MessageSource messages, HttpServletRequest request, HttpStatus status, String key,
            Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, args, key, Languages.preferred(request.getHeader("Accept-Language"))));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", key.substring(key.lastIndexOf('.') + 1));
        return problem;
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String key,
            Object... args) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(body(messages, request, status, key, args));
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
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge tooLarge) {
                return problem(request, HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge", tooLarge.max());
            }
        }
        return problem(request, HttpStatus.BAD_REQUEST, "api.problem.unreadable");
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e,
            HttpServletRequest request) {
        return problem(request, HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge", e.getMaxUploadSize());
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> badUpload(HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "api.problem.file");
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
        if (e instanceof org.springframework.web.ErrorResponse refused
                && HttpStatus.resolve(refused.getStatusCode().value()) instanceof HttpStatus status
                && status.is4xxClientError()) {
            // Whatever else Spring MVC refuses (a missing parameter, an unacceptable Accept …), with its status.
            return problem(request, status, "api.problem.request");
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected");
    }
}
