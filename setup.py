"""Packages: everything under milestone_desk/, plus the top-level resources/ folder shipped as
``milestone_desk_resources`` (the design card keeps resources/ at the top level)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["milestone_desk", "milestone_desk.*"]), "milestone_desk_resources"],
    package_dir={"milestone_desk_resources": "resources"},
)
