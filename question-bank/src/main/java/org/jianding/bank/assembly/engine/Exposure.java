package org.jianding.bank.assembly.engine;

/** How often an item (by index in the {@link ItemIndex}) was already shown; read on each pick, never copied. */
@FunctionalInterface
interface Exposure {

    int of(int item);
}
