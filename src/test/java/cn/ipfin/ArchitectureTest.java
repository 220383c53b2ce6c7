package cn.ipfin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep calculations plain and money exact: calculators and validators use no Spring, and no field
 * or parameter whose name speaks of money is a {@code double} or {@code float}.
 */
class ArchitectureTest {

    private static final String MONEY_WORDS = "(?i).*(amount|principal|price|money|revenue|cost|fee|payment|"
            + "interest|balance|income|expense|value|assets|liabilit|equity|loss|subsidy|salary|profit).*";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.ipfin");

    @Test
    void calculatorsAndValidatorsUseNoSpring() {
        noClasses().that().haveSimpleNameEndingWith("Calculator")
                .or().haveSimpleNameEndingWith("Validator")
                .or().resideInAPackage("cn.ipfin.core.identifier..")
                .or().resideInAPackage("cn.ipfin.ipasset.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void moneyFieldsAreNotFloatingPoint() {
        fields().that().haveNameMatching(MONEY_WORDS)
                .should().notHaveRawType(double.class)
                .andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class)
                .andShould().notHaveRawType(Float.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void moneyParametersAreNotFloatingPoint() {
        methods().should(haveNoFloatingPointMoneyParameter()).allowEmptyShould(true).check(classes);
    }

    private static ArchCondition<JavaMethod> haveNoFloatingPointMoneyParameter() {
        return new ArchCondition<>("have no double or float parameter named like money") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter parameter : method.getParameters()) {
                    JavaClass type = parameter.getRawType();
                    boolean floating = type.isEquivalentTo(double.class) || type.isEquivalentTo(float.class)
                            || type.isEquivalentTo(Double.class) || type.isEquivalentTo(Float.class);
                    String name = parameterName(method, parameter.getIndex());
                    if (floating && name.matches(MONEY_WORDS)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " takes money parameter " + name + " as " + type.getSimpleName()));
                    }
                }
            }
        };
    }

    /** Reads the parameter name that the compiler kept with {@code -parameters}. */
    private static String parameterName(JavaMethod method, int index) {
        try {
            return method.reflect().getParameters()[index].getName();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }
}
