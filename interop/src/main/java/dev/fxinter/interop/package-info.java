/** Java-facing facades over fxinter's FX dispatcher. */
package dev.fxinter.interop;
