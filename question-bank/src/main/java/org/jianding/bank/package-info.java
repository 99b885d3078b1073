/**
 * The item domain of Jianding, free of Spring web and of any database: questions and their types, the knowledge
 * taxonomy, certification levels, blueprints, the paper assembly engine, marking rules and score conversion, and
 * item and test statistics (statistics).
 */
package org.jianding.bank;
