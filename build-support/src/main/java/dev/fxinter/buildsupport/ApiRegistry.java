package dev.fxinter.buildsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checked-in registry of a module's public API: one line per public type, and one per
 * public or protected constructor, method and field, with generic signatures; types in file-name
 * order, each followed by its members sorted.
 *
 * <p>{@link #check} compares the compiled API with the registry file and fails with the
 * difference; run with {@code -Dapi.update=true} it rewrites the file instead (on purpose, in
 * the same commit as the API change). Only the exported package (the root package given) is
 * listed: {@code internal} packages are not API.
 */
public final class ApiRegistry {
    private ApiRegistry() {}

    /**
     * Fails when the public API compiled into {@code classesDir} under {@code rootPackage}
     * differs from {@code registryFile}; rewrites the file when {@code api.update} is true.
     *
     * @param classesDir the module's compiled main classes (target/classes)
     * @param rootPackage the exported package, e.g. dev.fxinter.dispatcher
     * @param registryFile the checked-in registry, e.g. api/fxinter-dispatcher.api
     * @param regenerate the command that regenerates the file, for the failure message
     * @throws IOException when reading or writing fails
     */
    public static void check(Path classesDir, String rootPackage, Path registryFile, String regenerate)
            throws IOException {
        List<String> actual = dump(classesDir, rootPackage);
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(registryFile.toAbsolutePath().getParent());
            Files.write(registryFile, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.exists(registryFile)
                ? Files.readAllLines(registryFile, StandardCharsets.UTF_8) : List.of();
        if (!expected.equals(actual)) {
            List<String> removed = new ArrayList<>(expected);
            removed.removeAll(actual);
            List<String> added = new ArrayList<>(actual);
            added.removeAll(expected);
            fail("The public API differs from " + registryFile + ".\nRemoved or changed:\n  "
                    + String.join("\n  ", removed) + "\nAdded:\n  " + String.join("\n  ", added)
                    + "\nIf this change is on purpose, regenerate the registry and commit it with the change:\n  "
                    + regenerate);
        }
    }

    /**
     * The registry lines of the public API under {@code rootPackage}.
     *
     * @param classesDir compiled classes
     * @param rootPackage the exported package
     * @return sorted lines
     * @throws IOException when listing fails
     */
    public static List<String> dump(Path classesDir, String rootPackage) throws IOException {
        Path dir = classesDir.resolve(rootPackage.replace('.', '/'));
        List<String> lines = new ArrayList<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(dir)) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        for (Path file : classFiles) {
            String name = file.getFileName().toString();
            String className = rootPackage + "." + name.substring(0, name.length() - ".class".length());
            if (className.endsWith("package-info") || className.endsWith("module-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(className, false, ApiRegistry.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                type = loadWithContext(className);
            }
            if (!isPublicApi(type)) {
                continue;
            }
            String owner = type.getName();
            lines.add(owner + " " + describeType(type));
            TreeSet<String> members = new TreeSet<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers(), type) && !c.isSynthetic()) {
                    members.add(owner + "  " + mods(c.getModifiers()) + "<init>" + params(c) + exceptions(c));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers(), type) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(owner + "  " + mods(m.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0))
                            + typeParams(m) + typeName(m.getGenericReturnType()) + " " + m.getName()
                            + params(m) + exceptions(m) + (m.isDefault() ? " default" : ""));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers(), type) && !f.isSynthetic()) {
                    members.add(owner + "  " + mods(f.getModifiers()) + typeName(f.getGenericType()) + " " + f.getName());
                }
            }
            lines.addAll(members);
        }
        return lines;
    }

    private static Class<?> loadWithContext(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + className, e);
        }
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !type.isSynthetic();
    }

    private static boolean visible(int modifiers, Class<?> owner) {
        return Modifier.isPublic(modifiers)
                || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
    }

    private static String describeType(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        int modifiers = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT | Modifier.INTERFACE : 0);
        if (type.isEnum() || type.isRecord()) {
            modifiers &= ~Modifier.FINAL;
        }
        sb.append(mods(modifiers));
        sb.append(type.isAnnotation() ? "@interface " : type.isInterface() ? "interface "
                : type.isEnum() ? "enum " : type.isRecord() ? "record " : "class ");
        sb.append(type.getSimpleName());
        if (type.getTypeParameters().length > 0) {
            sb.append(Arrays.stream(type.getTypeParameters()).map(ApiRegistry::typeVariable)
                    .collect(Collectors.joining(", ", "<", ">")));
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            sb.append(" extends ").append(typeName(superclass));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            sb.append(type.isInterface() ? " extends " : " implements ");
            sb.append(Arrays.stream(interfaces).map(ApiRegistry::typeName).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String typeVariable(java.lang.reflect.TypeVariable<?> v) {
        Type[] bounds = v.getBounds();
        if (bounds.length == 1 && bounds[0] == Object.class) {
            return v.getName();
        }
        return v.getName() + " extends " + Arrays.stream(bounds).map(ApiRegistry::typeName)
                .collect(Collectors.joining(" & "));
    }

    private static String typeParams(Method m) {
        if (m.getTypeParameters().length == 0) {
            return "";
        }
        return Arrays.stream(m.getTypeParameters()).map(ApiRegistry::typeVariable)
                .collect(Collectors.joining(", ", "<", "> "));
    }

    private static String params(Executable e) {
        return Arrays.stream(e.getGenericParameterTypes()).map(ApiRegistry::typeName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return " throws " + Arrays.stream(thrown).map(ApiRegistry::typeName).collect(Collectors.joining(", "));
    }

    private static String mods(int modifiers) {
        String s = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                | Modifier.FINAL | Modifier.ABSTRACT));
        return s.isEmpty() ? "" : s + " ";
    }

    private static String typeName(Type type) {
        return type.getTypeName();
    }
}
