"""The firm: company profile, trade details, clients, projects, milestones and schedules."""
