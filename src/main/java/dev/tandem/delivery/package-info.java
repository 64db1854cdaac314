/**
 * Delivery: engineering signals in. A project's integrations with GitHub, GitLab, Gitea/Forgejo and any CI that can
 * post JSON send signed webhooks; the deliveries are stored raw and read in the background into commits, branches,
 * pull requests, pipeline runs, deployments and incidents, linked to the work items whose keys they name. From them
 * come an item's development status (answering {@code workitem.ItemDevelopment}), the DORA metrics (its {@code engine}
 * is plain Java) for the project, the weekly sync ({@code schedule.DeliverySource}) and the scorecards
 * ({@code planning.MeasuredSignals}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery",
        allowedDependencies = {"shared", "system", "portfolio", "workitem", "schedule", "register"})
package dev.tandem.delivery;
