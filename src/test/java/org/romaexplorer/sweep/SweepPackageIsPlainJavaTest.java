package org.romaexplorer.sweep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SweepPackageIsPlainJavaTest {

    @Test
    void sweepDependsOnNoUiChartJsonCliOrIoCode() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.romaexplorer.sweep");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree..", "com.fasterxml..", "picocli..", "org.romaexplorer.cli..",
                        "org.romaexplorer.ui..", "org.romaexplorer.io..",
                        "io.jenetics..", "org.romaexplorer.optimize..")
                .check(classes);
    }
}
