/**
 * The demo question bank and its hand-written text format (FORMAT.md beside the files): a strict parser that
 * reports every problem by file and line, a writer that round-trips, and the loader for the shipped files.
 */
package org.jianding.bank.demo;
