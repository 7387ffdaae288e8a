package dev.fxinter.dispatcher

import kotlinx.coroutines.MainCoroutineDispatcher
import kotlinx.coroutines.javafx.JavaFx
import kotlinx.coroutines.Dispatchers

/**
 * The same contract run against kotlinx-coroutines-javafx's `Dispatchers.JavaFx`: it holds
 * there too, which shows the contract tests kotlinx's expectations rather than fxinter's own.
 */
class IncumbentContractTest : MainDispatcherContract() {
    override val main: MainCoroutineDispatcher = Dispatchers.JavaFx
}
