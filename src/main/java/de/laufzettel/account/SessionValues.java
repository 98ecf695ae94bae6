package de.laufzettel.account;

import de.laufzettel.web.BoundedCache;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * How a session's attributes become bytes in PostgreSQL and back. Every request reads its session
 * from the database, so every request also turned the same stored bytes back into the same objects:
 * Java deserialisation of the sign-in alone was 7% of the server's CPU when opening tasks. Here the
 * objects read are kept, keyed by the exact stored bytes, so a session changed anywhere (sign-in,
 * sign-out, another node) has other bytes and is read afresh. Only values nobody changes in place
 * are kept: the locale and the CSRF token as they are, the sign-in as a new context around the same
 * authentication, since signing out empties the context it is given.
 */
final class SessionValues extends GenericConversionService {
    private final BoundedCache<ByteBuffer, Object> read = new BoundedCache<>(10_000);

    SessionValues() {
        DeserializingConverter deserializer = new DeserializingConverter(SessionValues.class.getClassLoader());
        addConverter(Object.class, byte[].class, new SerializingConverter());
        addConverter(new GenericConverter() {
            @Override
            public java.util.Set<ConvertiblePair> getConvertibleTypes() {
                return java.util.Set.of(new ConvertiblePair(byte[].class, Object.class));
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                if (source == null) {
                    return null;
                }
                byte[] bytes = (byte[]) source; // a new array for each row read, never changed later
                ByteBuffer key = ByteBuffer.wrap(bytes);
                Object value = read.find(key);
                if (value == null) {
                    value = deserializer.convert(bytes);
                    if (!kept(value)) {
                        return value; // not kept, so it takes no room from the values that are
                    }
                    read.put(key, value);
                }
                return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : value;
            }
        });
    }

    private static boolean kept(Object value) {
        return value instanceof Locale || value instanceof CsrfToken || value instanceof String
                || value instanceof SecurityContextImpl;
    }
}
