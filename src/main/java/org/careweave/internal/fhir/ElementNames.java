package org.careweave.internal.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import java.util.HashSet;
import java.util.Set;
import org.careweave.internal.io.FieldNames;

/**
 * Whether an element name of a bundle may be repeated in a problem: one FHIR R4 has, or a misspelling of one
 * ({@link FieldNames#shown}). A JSON key is input and may be personal ({@code "Jane Smith"}, trial of int-27,
 * i14), so any other is left out and the element holding it locates it.
 */
final class ElementNames {

    private ElementNames() {}

    /** Every element name of R4's resources and data types, built on first use (only a bundle with a problem). */
    private static final class Holder {
        static final Set<String> R4 = collect();
    }

    /**
     * Whether {@code name} (an element's JSON name; {@code _birthDate}, a primitive's extension, as
     * {@code birthDate}) may be shown.
     */
    static boolean shown(String name) {
        if (name == null) {
            return false;
        }
        String element = name.startsWith("_") ? name.substring(1) : name;
        return Holder.R4.contains(element) || FieldNames.shown(element, Holder.R4);
    }

    private static Set<String> collect() {
        Set<String> names = new HashSet<>();
        Set<BaseRuntimeElementDefinition<?>> seen = new HashSet<>();
        for (String type : Fhir.context().getResourceTypes()) {
            names.add(type);
            walk(Fhir.context().getResourceDefinition(type), names, seen);
        }
        names.add("resourceType");
        return Set.copyOf(names);
    }

    private static void walk(BaseRuntimeElementDefinition<?> def, Set<String> names,
            Set<BaseRuntimeElementDefinition<?>> seen) {
        if (!(def instanceof BaseRuntimeElementCompositeDefinition<?> composite) || !seen.add(def)) {
            return;
        }
        for (BaseRuntimeChildDefinition child : composite.getChildren()) {
            names.add(child.getElementName());
            for (String name : child.getValidChildNames()) {
                names.add(name);
                BaseRuntimeElementDefinition<?> inner;
                try {
                    inner = child.getChildByName(name);
                } catch (AssertionError | RuntimeException e) {
                    // HAPI's extension children list names it cannot resolve (its assertion says so when -ea is on);
                    // the name is kept, and Extension's own elements are reached through the resources' extension
                    continue;
                }
                walk(inner, names, seen);
            }
        }
    }
}
