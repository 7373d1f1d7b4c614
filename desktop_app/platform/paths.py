"""Where the app keeps its data: platformdirs folders, or one profile folder (--profile)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "smart-orders"
APP_AUTHOR = "Smart"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def for_profile(cls, profile: Path) -> AppPaths:
        profile = profile.expanduser().resolve()
        return cls(profile / "data", profile / "config", profile / "logs")

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))

    @property
    def database(self) -> Path:
        return self.data_dir / "orders.sqlite3"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def running_marker(self) -> Path:
        """Exists while the app runs; left behind by a crash or a kill."""
        return self.data_dir / ".running"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "smart-orders.log"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.attachments_dir):
            folder.mkdir(parents=True, exist_ok=True)
