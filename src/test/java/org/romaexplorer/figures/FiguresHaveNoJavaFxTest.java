package org.romaexplorer.figures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The chart builders serve a headless CLI export too: no JavaFX, no UI package. */
@AnalyzeClasses(packages = "org.romaexplorer.figures", importOptions = ImportOption.DoNotIncludeTests.class)
class FiguresHaveNoJavaFxTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("..figures..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..",
                    "org.romaexplorer.ui..");
}
