/**
 * Legal time: French public holidays, and delays counted as the law counts them — in days and months by the Code
 * de procédure civile (640 to 642), in hours where a text counts hours — always in Paris time. Every rule that
 * states a deadline counts it here; none does its own date arithmetic.
 */
package fr.reperes.core.time;
