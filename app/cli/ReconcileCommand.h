// `counterdesk-cli reconcile`: one Reconciler pass over every open journal
// row (the same code the GUI runs in the background), then a summary.
#pragma once

namespace counterdesk::cli {

class CliContext;

class ReconcileCommand
{
public:
    static int run(CliContext& context);
};

} // namespace counterdesk::cli
