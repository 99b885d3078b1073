/**
 * Paper assembly (组卷): turns a blueprint (比重表) and the eligible items of the bank into papers that meet every
 * row of the blueprint exactly, or into a diagnosis naming each row that cannot be met and by how much. Also draws
 * parallel forms per candidate with an overlap cap, no repeats for re-takers and evened expected scores. Entry
 * point: {@link org.jianding.bank.assembly.PaperAssembly}; {@link org.jianding.bank.assembly.PaperChecker} audits
 * any issued paper independently. Owns no tables and publishes no events: the app persists papers and seeds.
 */
package org.jianding.bank.assembly;
