package org.throughcareatlas.editing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.throughcareatlas.directory.DirectoryChanged;

/** Publishes {@link DirectoryChanged} once the current transaction has committed. */
public final class AfterCommit {

  private AfterCommit() {}

  public static void directoryChanged(ApplicationEventPublisher events) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              events.publishEvent(new DirectoryChanged());
            }
          });
    } else {
      events.publishEvent(new DirectoryChanged());
    }
  }
}
