package org.romaexplorer.uncertainty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class UncertaintyPackageIsPlainJavaTest {

    @Test
    void uncertaintyDependsOnNoUiChartJsonCliOrFigureCode() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.romaexplorer.uncertainty");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree..", "com.fasterxml..", "picocli..", "org.romaexplorer.cli..",
                        "org.romaexplorer.ui..", "org.romaexplorer.io..", "org.romaexplorer.figures..")
                .check(classes);
    }
}
