// Placeholder so the target builds until the sandbox lands (issue 3).
import LeadIQ
