package dev.fxinter.dispatcher

import kotlinx.coroutines.MainCoroutineDispatcher

/** The main-dispatcher contract, held by fxinter's dispatcher. */
class FxDispatcherContractTest : MainDispatcherContract() {
    override val main: MainCoroutineDispatcher = FxDispatcher.main()
}
