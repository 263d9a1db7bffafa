// `counterdesk-cli check-connection`: one harmless signed call (an inquiry
// of a made-up client_ref_id: it moves no money and sends no SMS) that shows
// whether the host answers, whether Eko accepts the signature, and how far
// this PC's clock is from the server's. A 403 is explained with the ranked
// causes of REFERENCE.md §2.1, clock first when the Date header shows skew.
#pragma once

namespace counterdesk::cli {

class CliContext;

class CheckConnectionCommand
{
public:
    static int run(CliContext& context);
};

} // namespace counterdesk::cli
