package dev.tandem.system;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem a person can act on; never a stack trace, never a
 * class name, and never more of the input than a short quote.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    /** How much of a refused value a problem quotes back. */
    private static final int QUOTE_LENGTH = 40;
    /** A problem's detail is a sentence or two; however long the input, no detail grows past this. */
    private static final int DETAIL_LENGTH = 500;
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + QUOTE_LENGTH + "})[^']+'");
    /** No word is this long: an unquoted run of this length is input, such as a key taken from the path. */
    private static final Pattern LONG_RUN = Pattern.compile("([^\\s']{" + QUOTE_LENGTH + "})[^\\s']{20,}");
    /** A longer path would echo a long path segment back as the problem's instance. */
    private static final int PATH_LENGTH = 200;

    private static final Text MALFORMED = Text.of("problem.title.malformed");
    private static final Text NOT_ALLOWED = Text.of("problem.title.notAllowed");
    private static final Text NOT_FOUND = Text.of("problem.title.notFound");
    private static final Text STALE = Text.of("problem.title.stale");
    private static final Text CONFLICT = Text.of("problem.title.conflict");
    private static final Text INVALID = Text.of("problem.title.invalid");

    private final DataSize maxRequestSize;

    ApiProblems(@Value("${tandem.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The problem for a status that no handler explained, because the request never reached a controller. */
    ProblemDetail forStatus(int status) {
        return switch (status) {
            case 400 -> problem(HttpStatus.BAD_REQUEST, MALFORMED, Text.of("problem.api.malformed"));
            case 401 -> problem(HttpStatus.UNAUTHORIZED, Text.of("problem.title.signIn"), Text.of("problem.api.bearer"));
            case 403 -> problem(HttpStatus.FORBIDDEN, NOT_ALLOWED, Text.of("problem.api.forbidden"));
            case 404 -> problem(HttpStatus.NOT_FOUND, NOT_FOUND, Text.of("problem.api.nothingHere"));
            case 405 -> problem(HttpStatus.METHOD_NOT_ALLOWED, Text.of("problem.title.methodNotAllowed"),
                    Text.of("problem.api.methodNotAllowed"));
            case 406 -> problem(HttpStatus.NOT_ACCEPTABLE, Text.of("problem.title.notAcceptable"),
                    Text.of("problem.api.notAcceptable"));
            case 413 -> tooLarge();
            case 414 -> problem(HttpStatus.URI_TOO_LONG, Text.of("problem.title.uriTooLong"), Text.of("problem.api.uriTooLong"));
            case 415 -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Text.of("problem.title.mediaType"),
                    Text.of("problem.api.mediaType"));
            case 431 -> problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, Text.of("problem.title.headersTooLarge"),
                    Text.of("problem.api.headersTooLarge"));
            default -> status >= 500
                    ? problem(HttpStatusCode.valueOf(status), Text.of("problem.title.serverError"), Text.of("problem.api.serverError"))
                    : problem(HttpStatusCode.valueOf(status), Text.of("problem.title.refused"), Text.of("problem.api.refused"));
        };
    }

    private ProblemDetail tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, Text.of("problem.title.tooLarge"),
                Text.of("problem.api.tooLarge", maxRequestSize.toBytes()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, Texts.render(NOT_FOUND), Texts.of(e));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, Texts.render(NOT_ALLOWED), Texts.of(e));
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Texts.render(STALE), Texts.of(e));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrent(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, STALE, Text.of("problem.api.concurrent"));
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail busy(PessimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, Text.of("problem.title.busy"), Text.of("problem.api.busy"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, Texts.render(CONFLICT), Texts.of(e));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that broke a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, CONFLICT, Text.of("problem.api.integrity"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Texts.render(INVALID), Texts.of(e));
        if (!e.fieldErrors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, reason) -> errors.put(bounded(field), bounded(Texts.render(reason))));
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getValue() instanceof String text && ControlCharacters.in(text)) {
            return invalidField(e.getName(), ControlCharacters.REFUSAL);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID,
                Text.of("problem.api.notAValue", String.valueOf(e.getValue()), e.getName()));
        problem.setProperty("errors", Map.of(e.getName(), Texts.render(Text.of("problem.api.notValid"))));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Texts.render(INVALID), errors.entrySet().stream()
                .map(en -> en.getKey() + " " + en.getValue()).reduce((a, b) -> a + "; " + b)
                .orElseGet(() -> Texts.render(Text.of("problem.api.requestInvalid"))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.putIfAbsent(r.getMethodParameter().getParameterName(), err.getDefaultMessage())));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Texts.render(INVALID), errors.entrySet().stream()
                .map(en -> en.getKey() + " " + en.getValue()).reduce((a, b) -> a + "; " + b)
                .orElseGet(() -> Texts.render(Text.of("problem.api.requestInvalid"))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestSizeLimit.TooLarge.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
        }
        Throwable cause = jacksonCause(e);
        if (cause instanceof InvalidFormatException format && format.getValue() instanceof String text
                && ControlCharacters.in(text)) {
            return ResponseEntity.badRequest().body(invalidField(path(format), ControlCharacters.REFUSAL));
        }
        Text detail;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            detail = Text.of("problem.api.unknownField", unknown.getPropertyName(), unknown.getKnownPropertyIds());
        } else if (cause instanceof InvalidFormatException format) {
            detail = Text.of("problem.api.notAValue", String.valueOf(format.getValue()), path(format));
        } else if (cause instanceof MismatchedInputException mismatch) {
            detail = mismatch(mismatch);
        } else if (cause instanceof StreamConstraintsException) {
            detail = Text.of("problem.api.jsonTooLarge");
        } else if (cause instanceof StreamReadException json) {
            detail = Text.of("problem.api.notJson", json.getOriginalMessage());
        } else {
            detail = Text.of("problem.api.unreadable");
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, MALFORMED, detail));
    }

    /** Problems Spring builds itself (a missing parameter, an unsupported Content-Type) get the same bound. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setDetail(bounded(problem.getDetail()));
            locate(problem);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** What a value of the wrong JSON type should have been, in the words of JSON rather than of Java. */
    private static Text mismatch(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return Text.of("problem.api.incomplete");
        }
        Text expected;
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            expected = Text.of("problem.api.expected.string");
        } else if (type == Boolean.class || type == boolean.class) {
            expected = Text.of("problem.api.expected.boolean");
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            expected = Text.of("problem.api.expected.number");
        } else if (Temporal.class.isAssignableFrom(type)) {
            expected = Text.of("problem.api.expected.date");
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            expected = Text.of("problem.api.expected.list");
        } else if (type.isEnum()) {
            expected = Text.of("problem.api.expected.enum");
        } else {
            expected = Text.of("problem.api.expected.object");
        }
        return e.getPath().isEmpty() ? Text.of("problem.api.bodyMustBe", expected)
                : Text.of("problem.api.mustBe", path(e), expected);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's own exception, not its root cause: a bad date's root cause is a DateTimeParseException. */
    private static Throwable jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return e.getMostSpecificCause();
    }

    /** Where in the body a value sits, as {@code labels[1]} or {@code charter.vision}. */
    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Texts.render(Text.of("problem.api.theBody")) : path.toString();
    }

    private static ProblemDetail invalidField(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Texts.render(INVALID), field + " " + message);
        problem.setProperty("errors", Map.of(bounded(field), message));
        return problem;
    }

    /** Shortens every quoted value and every overlong run to its first characters, then the whole text. */
    static String bounded(String text) {
        if (text == null) {
            return null;
        }
        String shortened = LONG_RUN.matcher(LONG_QUOTE.matcher(text).replaceAll("'$1…'")).replaceAll("$1…");
        return shortened.length() <= DETAIL_LENGTH ? shortened : shortened.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    /** The title and the detail in the language of the request. */
    static ProblemDetail problem(HttpStatusCode status, Text title, Text detail) {
        return problem(status, Texts.render(title), Texts.render(detail));
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
        problem.setTitle(title);
        locate(problem);
        return problem;
    }

    private static void locate(ProblemDetail problem) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            problem.setInstance(instance(request.getRequest().getRequestURI()));
        }
    }

    /** The path as a problem's instance; a path so long that it would echo input is cut back to a short parent. */
    static URI instance(String path) {
        String shortened = path.length() <= PATH_LENGTH ? path : path.substring(0, path.lastIndexOf('/', PATH_LENGTH) + 1);
        try {
            return URI.create(shortened);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
