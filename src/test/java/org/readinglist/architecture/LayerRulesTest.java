package org.readinglist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The layers of STYLE: model, logic and the web fetcher know nothing of JavaFX; views reach storage only through
 * interfaces.
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void modelDependsOnNothingElseOfTheApp() {
        noClasses().that().resideInAPackage("org.readinglist.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.gson..",
                        "org.readinglist.logic..", "org.readinglist.persistence..", "org.readinglist.web..",
                        "org.readinglist.ui..", "org.readinglist.app..")
                .check(classes);
    }

    @Test
    void logicPersistenceAndWebKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.readinglist.logic..", "org.readinglist.persistence..",
                        "org.readinglist.web..", "org.readinglist.library..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.readinglist.ui..", "org.readinglist.app..")
                .check(classes);
    }

    @Test
    void viewsUseStorageOnlyThroughItsInterfaces() {
        noClasses().that().resideInAPackage("org.readinglist.ui..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Gson")
                .orShould().dependOnClassesThat().resideInAPackage("com.google.gson..")
                .orShould().dependOnClassesThat().resideInAPackage("org.readinglist.app..")
                .check(classes);
    }

    /** Background work runs on executors made in a few known places and passed in: no thread of its own elsewhere. */
    @Test
    void threadsAndThreadPoolsAreMadeOnlyWhereExecutorsAreBuilt() {
        noClasses().that().resideOutsideOfPackage("org.readinglist.app..")
                .and().doNotHaveFullyQualifiedName("org.readinglist.ui.util.FxTaskExecutor")
                .and().doNotHaveFullyQualifiedName("org.readinglist.persistence.WriterThread")
                .and().doNotHaveFullyQualifiedName("org.readinglist.persistence.files.GsonArticleRepository")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(Thread.class))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.equivalentTo(Executors.class))))
                .check(classes);
    }

    @Test
    void nothingButTheSmokeTestWritesToStandardOutput() {
        noClasses().that().doNotHaveFullyQualifiedName("org.readinglist.app.ReadingListApp")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
