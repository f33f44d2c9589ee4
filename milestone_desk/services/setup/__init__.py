"""The first start and the sample company, built through the same services a user drives."""
