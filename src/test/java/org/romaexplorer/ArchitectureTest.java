package org.romaexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

@AnalyzeClasses(packages = "org.romaexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAnyPackage("..model..", "..lunit..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "com.fasterxml..",
                    "picocli..", "org.controlsfx..");

    @ArchTest
    static final ArchRule modelKnowsNothingAbove = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..io..", "..cli..", "..ui..", "..report..",
                    "..figures..");

    /** The optimizer library stays in its adapter: model, sweep and the rest know nothing of it. */
    @ArchTest
    static final ArchRule onlyTheOptimizeAdapterKnowsJenetics = noClasses().that().resideOutsideOfPackage("..optimize..")
            .should().dependOnClassesThat().resideInAnyPackage("io.jenetics..");

    /** The adapter is plain Java over the model and the sweep: no window, charts, JSON, CLI or files. */
    @ArchTest
    static final ArchRule optimizeIsPlainJava = noClasses().that().resideInAPackage("..optimize..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "com.fasterxml..", "picocli..",
                    "org.controlsfx..", "org.romaexplorer.cli..", "org.romaexplorer.ui..", "org.romaexplorer.io..");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackages("..cli..", "org.romaexplorer")
            .should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule noPackageCycles = SlicesRuleDefinition.slices().matching("org.romaexplorer.(*)..")
            .should().beFreeOfCycles();

    /** The window's feature rooms (ui.designspace, ui.lab, ui.params, ui.files, ui.charts, …) do not depend on each other in a cycle. */
    @ArchTest
    static final ArchRule noCyclesBetweenUiRooms = SlicesRuleDefinition.slices().matching("org.romaexplorer.ui.(*)..")
            .should().beFreeOfCycles();

    /** One place configures Jackson (issue 23: there were four mappers): io.JsonMappers builds the only one. */
    @ArchTest
    static final ArchRule oneJacksonMapper = noClasses().that()
            .doNotHaveFullyQualifiedName("org.romaexplorer.io.JsonMappers")
            .should().callConstructor(com.fasterxml.jackson.databind.ObjectMapper.class)
            .orShould().callMethod(com.fasterxml.jackson.databind.json.JsonMapper.class, "builder")
            .orShould().callMethod(com.fasterxml.jackson.databind.json.JsonMapper.class, "builder",
                    com.fasterxml.jackson.core.JsonFactory.class);

    /** One atomic writer (issue 23: there were three): only io.AtomicFile renames a file into place. */
    @ArchTest
    static final ArchRule oneAtomicWriter = noClasses().that()
            .doNotHaveFullyQualifiedName("org.romaexplorer.io.AtomicFile")
            .should().callMethod(java.nio.file.Files.class, "move", java.nio.file.Path.class, java.nio.file.Path.class,
                    java.nio.file.CopyOption[].class);
}
