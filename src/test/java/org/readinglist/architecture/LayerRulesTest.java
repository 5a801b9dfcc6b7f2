package org.readinglist.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import java.util.concurrent.Executors;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.files.ArticleProblemWords;
import org.readinglist.persistence.files.ArticlesExportException;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesFileWriter;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.persistence.library.Merge;
import org.readinglist.persistence.marks.ReadStateStore;
import org.junit.jupiter.api.Test;

/**
 * The layers of STYLE: model, logic, the library core, storage, the web fetcher and feed reading know nothing of
 * JavaFX; storage knows nothing of the core above it; views reach storage only through interfaces and what it
 * reports.
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
    void coreStorageLogicAndWebKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.readinglist.logic..", "org.readinglist.persistence..",
                        "org.readinglist.web..", "org.readinglist.library..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.readinglist.ui..", "org.readinglist.app..")
                .check(classes);
    }

    /**
     * Reading feeds is parsing only: it knows no JavaFX and no SQL, and nothing of the storage, core or views above
     * it, which decide what to fetch, keep and show.
     */
    @Test
    void feedsKnowNoJavaFxNoSqlAndNothingAboveThem() {
        noClasses().that().resideInAPackage("org.readinglist.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.sql..",
                        "org.sqlite..", "org.readinglist.persistence..", "org.readinglist.library..",
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

    /**
     * The views see storage through these types only: what it reports (an articles file's problems, what a merge
     * did, the library's notices), the exporter they hand a file to, and the store whose backups the restore dialog
     * lists. Opening the library and writing the articles is the core's business.
     */
    @Test
    void viewsReachStorageOnlyThroughWhatItReports() {
        noClasses().that().resideInAPackage("org.readinglist.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.readinglist.persistence..")
                        .and(not(belongToAnyOf(ArticleProblem.class, ArticleProblemWords.class, ArticlesRead.class,
                                ArticlesFileException.class, ArticlesExportException.class,
                                org.readinglist.persistence.files.OpmlFileException.class, ArticlesFileWriter.class,
                                ReadStateStore.class, LibraryNotice.class, Merge.Summary.class, Merge.Skipped.class))))
                .check(classes);
    }

    /** The web fetchers only fetch: what is kept, and where, is decided by those who call them. */
    @Test
    void webKnowsNoDatabaseAndNoStorage() {
        noClasses().that().resideInAPackage("org.readinglist.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.xerial..", "org.sqlite..",
                        "org.readinglist.persistence..", "org.readinglist.library..")
                .check(classes);
    }

    /** Storage knows nothing of the library core above it, which decides what to load, change and save. */
    @Test
    void storageKnowsNothingOfTheLibraryCore() {
        noClasses().that().resideInAPackage("org.readinglist.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.readinglist.library..")
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
