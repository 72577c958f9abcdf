package org.careweave.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.careweave.model.Case;

/**
 * A rule author's test: a case (the contract's input, {@code NAME.json}) and the parts of its plan that must
 * hold ({@code NAME.expected.json}). Only what the expectation states is compared.
 */
public record Scenario(String name, Path caseFile, Case input, JsonNode expected) {}
