/**
 * How Kordon reads input: {@link org.kordon.input.CsvTable}, the one CSV table reader (strict UTF-8, optional BOM,
 * physical line numbers, a required header, size caps), and {@link org.kordon.input.InputFormatException}, the
 * exception every module's format error extends. A module of its own, not part of kordon-model, because it needs
 * Commons CSV and the model depends on nothing.
 */
package org.kordon.input;
