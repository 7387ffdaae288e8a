package dev.fxinter.dispatcher

import dev.fxinter.test.RealTime
import kotlinx.coroutines.MainCoroutineDispatcher

/** The main-dispatcher contract, held by fxinter's dispatcher. */
@RealTime
class FxDispatcherContractTest : MainDispatcherContract() {
    override val main: MainCoroutineDispatcher = FxDispatcher.main()
}
