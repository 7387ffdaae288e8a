package dev.fxinter.dispatcher

import dev.fxinter.test.RealTime
import kotlinx.coroutines.MainCoroutineDispatcher
import kotlinx.coroutines.javafx.JavaFx
import kotlinx.coroutines.Dispatchers

/**
 * The same contract run against kotlinx-coroutines-javafx's `Dispatchers.JavaFx`: it holds
 * there too, which shows the contract tests kotlinx's expectations rather than fxinter's own.
 */
@RealTime
class IncumbentContractTest : MainDispatcherContract() {
    // read in the test, after the kit started the toolkit headless: the incumbent starts it
    // itself, with the platform's defaults, when it is first to touch it
    override val main: MainCoroutineDispatcher get() = Dispatchers.JavaFx
}
