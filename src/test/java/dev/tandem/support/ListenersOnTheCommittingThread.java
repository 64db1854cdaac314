package dev.tandem.support;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * In every application context the tests start, a listener after commit ({@code @ApplicationModuleListener}) runs
 * on the thread that committed, before the request returns, so that a test reads its effect at once instead of
 * waiting for it. The rest is as in production: the event is stored with the change, the listener has a transaction
 * of its own, and a failed one is retried from the registry (EventRetryIntegrationTests).
 */
@Configuration(proxyBeanMethods = false)
class ListenersOnTheCommittingThread implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }
}
