/**
 * What every module may use: the clock, the domain exception that carries a message code, UTC instant storage,
 * display-time formatting, the public address documents print ({@link org.jianding.app.shared.PublicAddress}), the
 * check of configured text and the portable insert-if-absent ({@link org.jianding.app.shared.DuplicateKeys}). Owns
 * no tables, publishes no events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jianding.app.shared;
