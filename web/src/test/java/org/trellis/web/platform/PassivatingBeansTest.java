package org.trellis.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every session-, view- and conversation-scoped bean can travel to another instance. web.xml is
 * {@code <distributable/>}: on a cluster Payara replicates the HTTP session (which holds the view
 * scope's beans) through the Domain Data Grid, and a bean that cannot be serialised is dropped, or
 * breaks the replication, when its instance dies — the person's page then fails or asks them to
 * sign in again. Injected beans are the container's (serialisable proxies, checked by Weld at
 * deployment); what this test checks is the state a bean keeps: each field that is neither static,
 * transient nor injected must have a type that serialises, down to the elements of its lists and
 * the components of its records, and a new bean must serialise as it is.
 */
class PassivatingBeansTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    /** Types that serialise although the declared type does not say so (interfaces of the JDK's serialisable collections). */
    private static final Set<Class<?>> SERIALISABLE_CONTAINERS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void everyBeanInAPassivatingScopeKeepsOnlySerialisableState() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() >= 20, "the pages' beans are found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            for (Class<?> type = bean; ours(type); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (kept(field)) {
                        checkType(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, new HashSet<>());
                    }
                }
            }
            serialiseNew(bean, problems);
        }
        assertEquals(List.of(), problems, "state that would not survive the loss of its instance");
    }

    @Test
    void theCheckFindsStateThatWouldNotSerialise() {
        List<String> problems = new ArrayList<>();
        for (Field field : Unserialisable.class.getDeclaredFields()) {
            if (kept(field)) {
                checkType(field.getGenericType(), field.getName(), problems, new HashSet<>());
            }
        }
        assertEquals(3, problems.size(), problems.toString());
    }

    @SuppressWarnings("unused")
    private static final class Unserialisable implements Serializable {
        private Thread thread;
        private List<Thread> threads;
        private java.util.Optional<String> optional;
        private transient Thread ignored;
        @Inject
        Runnable injected;
        private List<String> fine;
    }

    /**
     * Trellis' own classes are looked into field by field; a library's serialisable class (a
     * PrimeFaces data model, say) is taken at its word.
     */
    private static boolean ours(Class<?> type) {
        return type != null && type.getName().startsWith("org.trellis.");
    }

    private static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(Inject.class)
                && !field.isSynthetic();
    }

    private static void checkType(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), where, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), where + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            return; // bound by the field's parameterised type, checked there
        } else if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw == Object.class && where.endsWith("<>")) {
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), where + "[]", problems, seen);
                return;
            }
            if (!Serializable.class.isAssignableFrom(raw) && !SERIALISABLE_CONTAINERS.contains(raw)) {
                problems.add(where + ": " + raw.getName() + " is not Serializable");
                return;
            }
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    checkType(component.getGenericType(), where + "." + component.getName(), problems, seen);
                }
            } else if (ours(raw) && !raw.isEnum()) {
                for (Class<?> t = raw; ours(t); t = t.getSuperclass()) {
                    for (Field field : t.getDeclaredFields()) {
                        if (kept(field)) {
                            checkType(field.getGenericType(), where + "." + field.getName(), problems, seen);
                        }
                    }
                }
            }
        }
    }

    private static void serialiseNew(Class<?> bean, List<String> problems) {
        Object instance;
        try {
            var constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            problems.add(bean.getName() + " has no no-argument constructor a container could use: " + e);
            return;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(instance);
        } catch (IOException e) {
            problems.add(bean.getName() + " does not serialise: " + e);
        }
    }

    private static List<Class<?>> passivatingBeans() throws URISyntaxException, IOException {
        Path classes = Path.of(org.trellis.web.shell.HomePage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type != null && PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UncheckedIOException(new IOException("cannot load " + name, e));
        }
    }
}
