package org.romaexplorer.lunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LUnitPackageIsPlainJavaTest {

    @Test
    void modelDoesNotDependOnUiChartJsonOrCliLibraries() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.romaexplorer.lunit");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree..", "com.fasterxml..", "picocli..")
                .check(classes);
    }
}
