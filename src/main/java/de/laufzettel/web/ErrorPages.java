package de.laufzettel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a user can meet is a calm page in their language: never a stack trace. A malformed
 * ID answers 404 like an unknown one, so IDs of other organisations cannot be told apart.
 */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    /** A malformed ID in the path is a page that does not exist; a malformed form value is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        boolean inPath = e.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        return page(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    /** A file over the configured limit. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.CONTENT_TOO_LARGE);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed() {
        return page(HttpStatus.METHOD_NOT_ALLOWED);
    }

    /** Errors that happen outside a controller (unknown URL, refused CSRF token, servlet errors). */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            log.error("Request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        return page(status);
    }

    private static ModelAndView page(HttpStatus status) {
        int code = switch (status.value()) {
            case 400, 403, 404, 405, 413 -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        };
        ModelAndView mav = new ModelAndView("web/error");
        mav.addObject("status", code);
        mav.setStatus(status);
        return mav;
    }
}
