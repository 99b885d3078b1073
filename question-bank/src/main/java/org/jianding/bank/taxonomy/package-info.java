/**
 * The knowledge taxonomy (知识点体系): a tree of areas and points that questions are tagged with, blueprints weigh
 * and scoring converts per area. {@link org.jianding.bank.taxonomy.DefaultTaxonomy} is the tree from the seed.
 */
package org.jianding.bank.taxonomy;
